@testable import SMSContractCLI
import Testing

@Suite struct ArgumentParserTests {
    let options = [
        OptionDefinition("provider", value: "P", repeatable: true, help: ""),
        OptionDefinition("report", value: "PATH", help: ""),
        OptionDefinition("verbose", help: ""),
    ]

    @Test func valuesFlagsAndPositionals() throws {
        let parsed = try ArgumentParser.parse(["--provider", "lox24", "--provider=rox", "--verbose", "a.json", "--", "--not-an-option"],
                                              options: options, command: "x", allowsPositional: true)
        #expect(parsed.all("provider") == ["lox24", "rox"])
        #expect(parsed.flags == ["verbose"])
        #expect(parsed.positional == ["a.json", "--not-an-option"])
    }

    @Test(arguments: [
        (["--provder", "lox24"], "unknown option --provder; did you mean --provider?"),
        (["--report"], "--report needs a value"),
        (["--report", "a", "--report", "b"], "--report is given twice"),
        (["--verbose=yes"], "--verbose takes no value"),
        (["stray"], "unexpected argument \"stray\""),
        (["--zzzzzzzz"], "unknown option --zzzzzzzz"),
    ])
    func usageErrorsSayWhatIsWrong(arguments: [String], message: String) {
        do {
            _ = try ArgumentParser.parse(arguments, options: options, command: "x", allowsPositional: false)
            Issue.record("accepted \(arguments)")
        } catch {
            #expect(error.message == message)
            #expect(error.hint == "run `smscontract x --help` for usage")
        }
    }

    @Test func helpListsEveryOption() {
        let help = ArgumentParser.help(command: "x", synopsis: "[options]", summary: "Does x.", options: options)
        #expect(help.hasPrefix("USAGE: smscontract x [options]"))
        for name in ["--provider P …", "--report PATH", "--verbose", "--help"] { #expect(help.contains(name)) }
    }
}
