import StructuredData

/// Parses `--name value`, `--name=value`, flags and positional arguments against a command's options.
enum ArgumentParser {
    static func parse(_ arguments: [String], options: [OptionDefinition], command: String, allowsPositional: Bool) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        let hint = "run `smscontract \(command) --help` for usage"
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                guard allowsPositional else { throw UsageError(message: "\(command) takes no arguments after --", hint: hint) }
                parsed.positional += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                guard allowsPositional else { throw UsageError(message: "unexpected argument \"\(argument)\"", hint: hint) }
                parsed.positional.append(argument)
                continue
            }
            let body = argument.hasPrefix("--") ? String(argument.dropFirst(2)) : String(argument.dropFirst())
            let (name, inlineValue) = split(body)
            guard let option = options.first(where: { $0.name == name }) else {
                var message = "unknown option \(argument.split(separator: "=").first.map(String.init) ?? argument)"
                if let suggestion = closest(to: name, in: options.map(\.name)) { message += "; did you mean --\(suggestion)?" }
                throw UsageError(message: message, hint: hint)
            }
            guard option.valueName != nil else {
                if inlineValue != nil { throw UsageError(message: "--\(name) takes no value", hint: hint) }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError(message: "--\(name) needs a value", hint: hint) }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable, parsed.values[name] != nil {
                throw UsageError(message: "--\(name) is given twice", hint: hint)
            }
            parsed.values[name, default: []].append(value)
        }
        return parsed
    }

    private static func split(_ body: String) -> (String, String?) {
        guard let equals = body.firstIndex(of: "=") else { return (body, nil) }
        return (String(body[..<equals]), String(body[body.index(after: equals)...]))
    }

    /// The closest name within a small edit distance, for "did you mean" hints.
    static func closest(to name: String, in candidates: [String]) -> String? {
        NameSuggestion.closest(to: name, in: candidates)
    }

    /// The help text for a command.
    static func help(command: String, synopsis: String, summary: String, options: [OptionDefinition]) -> String {
        var lines = ["USAGE: smscontract \(command) \(synopsis)", "", summary, "", "OPTIONS:"]
        for option in options + [OptionDefinition("help", help: "Show this help.")] {
            let left = "  --\(option.name)" + (option.valueName.map { " \($0)" } ?? "") + (option.repeatable ? " …" : "")
            lines.append(left.padding(to: 28) + option.help)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + "  " : self + String(repeating: " ", count: width - count)
    }
}
