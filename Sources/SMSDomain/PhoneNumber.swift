/// An E.164 number: "+", a country calling code and the national significant number, 2–15 digits in all.
///
/// Made by ``E164/normalize(_:plan:)`` or ``init(e164:)``. The calling code and region are derived
/// from the digits alone, so two numbers are equal exactly when their `e164` texts are.
public struct PhoneNumber: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The number in E.164 form, e.g. "+491701234567".
    public let e164: String
    /// The ITU country calling code, e.g. "49"; "1" for every NANP number, "7" for Russia and Kazakhstan.
    public let countryCallingCode: String
    /// The ISO 3166-1 alpha-2 region, e.g. "DE"; "US" for +1 outside the listed NANP area codes
    /// (Canada included); nil for global services such as +800.
    public let regionCode: String?

    /// The digits without the "+", e.g. "491701234567".
    public var digits: String { String(e164.dropFirst()) }

    /// The digits after the country calling code, e.g. "1701234567".
    public var nationalSignificantNumber: String { String(digits.dropFirst(countryCallingCode.count)) }

    /// The E.164 text.
    public var description: String { e164 }

    /// Creates a number from text already in E.164 form ("+" and 2–15 digits, no separators);
    /// nil when it is not, or when it does not start with an assigned country calling code, or has nothing after it.
    public init?(e164: String) {
        guard E164.isValid(e164), let number = try? E164.normalize(e164, plan: nil) else { return nil }
        self = number
    }

    /// Creates a number from validated parts.
    init(e164: String, countryCallingCode: String, regionCode: String?) {
        self.e164 = e164
        self.countryCallingCode = countryCallingCode
        self.regionCode = regionCode
    }
}
