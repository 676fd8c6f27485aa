import Testing
@testable import SMSContractCLI

/// `run`'s options resolved into a configuration: numbers from the user are checked, never trusted.
@Suite struct RunConfigurationTests {
    private func configuration(_ arguments: [String], environment: [String: String] = [:]) throws(UsageError) -> RunConfiguration {
        let parsed = try ArgumentParser.parse(["--specs", CommandLineBinaryTests.fixture + "/Specs"] + arguments,
                                              options: RunCommand.options(.builtIn), command: "run", allowsPositional: true)
        return try RunConfiguration(parsed, environment: environment)
    }

    @Test func maxAgeIsDaysInSeconds() throws {
        #expect(try configuration(["--max-age", "2"]).maximumCassetteAge == 172_800)
        #expect(try configuration([], environment: ["SMSCONTRACT_CASSETTE_MAX_AGE_DAYS": "0.5"]).maximumCassetteAge == 43_200)
    }

    /// `inf` (or a number too large for a Double) is not a number of days: it would silently switch staleness off.
    @Test(arguments: ["inf", "1e400", "nan", "0", "-1", "soon"])
    func maxAgeThatIsNotAFiniteNumberOfDaysIsRefused(_ text: String) {
        #expect(throws: UsageError(message: "--max-age (or SMSCONTRACT_CASSETTE_MAX_AGE_DAYS) must be a number of days > 0, got \"\(text)\"",
                                   hint: "run `smscontract run --help` for usage")) {
            try configuration(["--max-age", text])
        }
    }
}
