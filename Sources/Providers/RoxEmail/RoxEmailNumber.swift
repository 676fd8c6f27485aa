import SMSDomain

/// Reads a destination number: international digits, or domestic with a leading 0 converted with the account's country.
enum RoxEmailNumber {
    static func parse(_ raw: String, plan: NationalNumberingPlan) -> PhoneNumber? {
        let value = raw.trimmed
        guard !value.isEmpty else { return nil }
        return try? E164.normalize(value, plan: plan)
    }
}
