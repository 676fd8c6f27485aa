import ContractHarness
import StructuredData
import Testing

@Suite struct TemplateTests {
    let bindings = Bindings(["uuid": "abc-123", "count": 3, "credentials.token": "secret-token"])

    @Test func aWholePlaceholderKeepsItsJSONType() throws {
        #expect(try Template.expand("{{count}}", with: bindings) == 3)
        #expect(try Template.expand("{{ uuid }}", with: bindings) == "abc-123")
    }

    @Test func aPlaceholderInsideTextIsInsertedAsText() throws {
        #expect(try Template.expand("/sms/{{uuid}}/n{{count}}", with: bindings) == "/sms/abc-123/n3")
        #expect(try Template.substitute("Token {{credentials.token}}", with: bindings) == "Token secret-token")
    }

    @Test func anUnknownPlaceholderNamesWhatIsKnown() {
        #expect(throws: TemplateError.self) { try Template.substitute("{{nope}}", with: bindings) }
        do {
            _ = try Template.substitute("{{nope}}", with: bindings)
        } catch {
            #expect(error.message.contains("{{nope}}"))
            #expect(error.message.contains("{{uuid}}"))
        }
    }

    @Test func anUnclosedPlaceholderIsAnError() {
        #expect(throws: TemplateError.self) { try Template.substitute("{{uuid", with: bindings) }
    }

    @Test func generatorsBuildStrings() throws {
        #expect(try Template.expand(["$repeat": "ab", "times": 3], with: bindings) == "ababab")
        let concat: JSONValue = ["$concat": [["$repeat": "a", "times": 2], "€", "{{uuid}}"]]
        #expect(try Template.expand(concat, with: bindings) == "aa€abc-123")
        #expect(throws: TemplateError.self) { try Template.expand(["$repeat": "a"], with: bindings) }
        #expect(throws: TemplateError.self) { try Template.expand(["$concat": [1]], with: bindings) }
    }

    @Test func matchersAndNestedValuesAreExpandedInPlace() throws {
        let value: JSONValue = ["id": "{{uuid}}", "any": ["$match": "uuid"], "list": ["{{count}}", true]]
        let expanded = try Template.expand(value, with: bindings)
        #expect(expanded == ["id": "abc-123", "any": ["$match": "uuid"], "list": [3, true]])
    }

    @Test func placeholdersBindingsStandForThemselves() {
        #expect(bindings.asPlaceholders.values["uuid"] == "{{uuid}}")
        #expect(Template.placeholders(in: "a{{x}}b{{ y }}") == ["x", "y"])
    }
}
