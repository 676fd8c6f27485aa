/// One option a command accepts.
struct OptionDefinition: Sendable {
    /// The long name without dashes, e.g. `provider`.
    let name: String
    /// The value's name in help, e.g. `P`; nil for a flag without a value.
    let valueName: String?
    /// Whether it may be given more than once.
    let repeatable: Bool
    /// One line of help.
    let help: String

    init(_ name: String, value valueName: String? = nil, repeatable: Bool = false, help: String) {
        self.name = name
        self.valueName = valueName
        self.repeatable = repeatable
        self.help = help
    }
}
