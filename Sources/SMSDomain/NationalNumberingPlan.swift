/// A country's national numbering: calling code and trunk prefix, used to convert national numbers.
///
/// ``E164/normalize(_:plan:)`` uses a plan only for an input with one leading "0": when the plan's
/// trunk prefix is "0" it is dropped and the calling code put in front ("0170 1234567" in
/// ``germany`` is "+491701234567"). A NANP plan (``unitedStates``, ``canada``: calling code "1", trunk
/// prefix "1") reads ten digits shaped like a NANP number as national ("4155552671" is
/// "+14155552671") and "011" as the international prefix; with other plans digits starting 1–9 are
/// read as international.
public struct NationalNumberingPlan: Sendable, Equatable {
    /// The ISO 3166-1 alpha-2 region, e.g. "DE".
    public let regionCode: String
    /// The ITU country calling code without "+", e.g. "49".
    public let countryCallingCode: String
    /// The digits dialled before a national number within the country, e.g. "0"; "1" in the NANP.
    public let trunkPrefix: String

    /// Creates a plan.
    public init(regionCode: String, countryCallingCode: String, trunkPrefix: String) {
        self.regionCode = regionCode
        self.countryCallingCode = countryCallingCode
        self.trunkPrefix = trunkPrefix
    }

    /// Germany: +49, trunk prefix 0.
    public static let germany = NationalNumberingPlan(regionCode: "DE", countryCallingCode: "49", trunkPrefix: "0")
    /// Austria: +43, trunk prefix 0.
    public static let austria = NationalNumberingPlan(regionCode: "AT", countryCallingCode: "43", trunkPrefix: "0")
    /// Switzerland: +41, trunk prefix 0.
    public static let switzerland = NationalNumberingPlan(regionCode: "CH", countryCallingCode: "41", trunkPrefix: "0")
    /// The United Kingdom: +44, trunk prefix 0.
    public static let unitedKingdom = NationalNumberingPlan(regionCode: "GB", countryCallingCode: "44", trunkPrefix: "0")
    /// Ireland: +353, trunk prefix 0.
    public static let ireland = NationalNumberingPlan(regionCode: "IE", countryCallingCode: "353", trunkPrefix: "0")
    /// France: +33, trunk prefix 0.
    public static let france = NationalNumberingPlan(regionCode: "FR", countryCallingCode: "33", trunkPrefix: "0")
    /// The Netherlands: +31, trunk prefix 0.
    public static let netherlands = NationalNumberingPlan(regionCode: "NL", countryCallingCode: "31", trunkPrefix: "0")
    /// Belgium: +32, trunk prefix 0.
    public static let belgium = NationalNumberingPlan(regionCode: "BE", countryCallingCode: "32", trunkPrefix: "0")
    /// Sweden: +46, trunk prefix 0.
    public static let sweden = NationalNumberingPlan(regionCode: "SE", countryCallingCode: "46", trunkPrefix: "0")
    /// Finland: +358, trunk prefix 0.
    public static let finland = NationalNumberingPlan(regionCode: "FI", countryCallingCode: "358", trunkPrefix: "0")
    /// Australia: +61, trunk prefix 0.
    public static let australia = NationalNumberingPlan(regionCode: "AU", countryCallingCode: "61", trunkPrefix: "0")
    /// New Zealand: +64, trunk prefix 0.
    public static let newZealand = NationalNumberingPlan(regionCode: "NZ", countryCallingCode: "64", trunkPrefix: "0")
    /// South Africa: +27, trunk prefix 0.
    public static let southAfrica = NationalNumberingPlan(regionCode: "ZA", countryCallingCode: "27", trunkPrefix: "0")
    /// India: +91, trunk prefix 0.
    public static let india = NationalNumberingPlan(regionCode: "IN", countryCallingCode: "91", trunkPrefix: "0")
    /// Japan: +81, trunk prefix 0.
    public static let japan = NationalNumberingPlan(regionCode: "JP", countryCallingCode: "81", trunkPrefix: "0")
    /// The United States: +1, trunk prefix 1.
    public static let unitedStates = NationalNumberingPlan(regionCode: "US", countryCallingCode: "1", trunkPrefix: "1")
    /// Canada: +1, trunk prefix 1.
    public static let canada = NationalNumberingPlan(regionCode: "CA", countryCallingCode: "1", trunkPrefix: "1")

    /// Every predefined plan.
    public static let all: [NationalNumberingPlan] = [
        germany, austria, switzerland, unitedKingdom, ireland, france, netherlands, belgium, sweden,
        finland, australia, newZealand, southAfrica, india, japan, unitedStates, canada,
    ]

    /// The predefined plan for an ISO 3166-1 alpha-2 code, matched ignoring case; nil when there is none.
    public static func forRegion(_ iso2: String) -> NationalNumberingPlan? {
        let wanted = iso2.uppercased()
        return all.first { $0.regionCode == wanted }
    }
}
