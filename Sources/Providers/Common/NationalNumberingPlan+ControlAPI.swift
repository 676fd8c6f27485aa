import SMSDomain
import StructuredData

extension NationalNumberingPlan {
    /// The plan named by an account description's `"country"` field (an ISO 3166 alpha-2 code, any case).
    /// - Throws: a ``ControlAPIError`` naming the field when the value is not a code the fake knows.
    static func fromCountryField(_ value: JSONValue) throws(ControlAPIError) -> NationalNumberingPlan {
        guard let code = value.stringValue, let plan = forRegion(code) else {
            let known = all.map(\.regionCode).joined(separator: ", ")
            throw ControlAPIError("account: \"country\" must be an ISO 3166 alpha-2 code the fake knows (\(known))")
        }
        return plan
    }
}
