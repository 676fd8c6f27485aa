import ContractHarness
import Foundation
import Providers
import Testing

@Suite struct DocumentItemsDecoderTests {
    @Test func aValidFileDecodes() throws {
        let text = #"{"provider": "iovox", "seed": "004_97ae9617cd4c86b2.txt", "notes": ["n"], "items": [{"id": "a", "kind": "result-code", "text": "t", "sections": ["s"], "specs": ["iovox/x"]}]}"#
        let list = try DocumentItemsDecoder.decode(Array(text.utf8), file: "c.json")
        #expect(list == DocumentItems(provider: "iovox", seed: "004_97ae9617cd4c86b2.txt",
                                      items: [DocumentItem(id: "a", kind: .resultCode, text: "t", sections: ["s"], specs: ["iovox/x"])], sourcePath: "c.json"))
    }

    @Test(arguments: [
        (#"{"provider": "nope", "seed": "x", "items": []}"#, "$.provider", "unknown provider \"nope\""),
        (#"{"provider": "iovox", "seed": "x", "items": []}"#, "$.seed", "iovox's document is 004_97ae9617cd4c86b2.txt, not x"),
        (#"{"provider": "iovox", "seed": "004_97ae9617cd4c86b2.txt"}"#, "$.items", "required"),
        (#"{"provider": "iovox", "seed": "004_97ae9617cd4c86b2.txt", "items": [{"id": "a", "kind": "field", "text": "t"}]}"#, "$.items[0]", "an item needs \"sections\""),
        (#"{"provider": "iovox", "seed": "004_97ae9617cd4c86b2.txt", "items": [{"id": "a", "kind": "field", "text": "t", "sections": ["3.1", " "]}]}"#, "$.items[0].sections[1]", "an empty section matches every spec"),
        (#"{"provider": "iovox", "seed": "004_97ae9617cd4c86b2.txt", "items": [{"id": "a", "kind": "rule", "text": "t", "specs": []}]}"#, "$.items[0].kind", "is not one of field, error, result-code, format"),
        (#"{"provider": "iovox", "seed": "004_97ae9617cd4c86b2.txt", "items": [{"id": "a", "kind": "field", "text": "t", "specs": [], "sectons": []}]}"#, "$.items[0].sectons", "sections"),
        (#"{"provider": "iovox", "seed": "004_97ae9617cd4c86b2.txt", "items": [{"id": "a", "kind": "field", "text": "t", "specs": []}, {"id": "a", "kind": "field", "text": "u", "specs": []}]}"#, "$.items[1].id", "used twice"),
    ])
    func problemsNameTheField(_ text: String, _ field: String, _ message: String) {
        do {
            _ = try DocumentItemsDecoder.decode(Array(text.utf8), file: "c.json")
            Issue.record("decoded \(text)")
        } catch {
            #expect(error.problems.contains { $0.field.description == field && $0.message.contains(message) }, "\(error.problems)")
        }
    }

    @Test func loadAllReadsEveryFileAndRefusesTwoForOneProvider() throws {
        let folder = NSTemporaryDirectory() + "items-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let body = #"{"provider": "iovox", "seed": "004_97ae9617cd4c86b2.txt", "items": []}"#
        try body.write(toFile: folder + "/iovox.json", atomically: true, encoding: .utf8)
        try body.write(toFile: folder + "/iovox-again.json", atomically: true, encoding: .utf8)
        try "ignored".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        let (lists, problems) = DocumentItemsDecoder.loadAll(in: folder)
        #expect(lists.map(\.sourcePath) == [folder + "/iovox-again.json"])
        #expect(problems.map(\.message) == ["iovox's items are already listed in \(folder)/iovox-again.json; one file per provider"])
    }

    /// A provider registered from outside the package, with a document of its own.
    static let acme = ProviderDescriptor(
        id: "acme", name: "Acme SMS", seedFile: "acme-api.txt", transport: .http,
        credentials: [CredentialDescriptor(name: "key", environmentVariable: "SMSCONTRACT_ACME_KEY", fakeValue: "acme-key")],
        makeFake: { .http(LOX24Fake(environment: $0)) })

    @Test func itemsOfAProviderOfTheRegistryInUseDecodeAndOthersAreRefusedNamingItsIDs() throws {
        let text = #"{"provider": "acme", "seed": "acme-api.txt", "items": [{"id": "a", "kind": "field", "text": "t", "specs": ["acme/send"]}]}"#
        let registry = ProviderRegistry.builtIn.adding(Self.acme)
        let list = try DocumentItemsDecoder.decode(Array(text.utf8), file: "acme.json", registry: registry)
        #expect(list.provider == "acme")
        #expect(list.items.map(\.specs) == [["acme/send"]])
        do {
            _ = try DocumentItemsDecoder.decode(Array(text.utf8), file: "acme.json")
            Issue.record("the built-in registry decoded acme's items")
        } catch {
            #expect(error.problems.map(\.message) == ["unknown provider \"acme\"; expected one of " + ProviderRegistry.builtIn.ids.joined(separator: ", ")])
        }
        let wrongSeed = #"{"provider": "acme", "seed": "x.txt", "items": []}"#
        #expect(throws: SpecLoadError.self) { try DocumentItemsDecoder.decode(Array(wrongSeed.utf8), file: "acme.json", registry: registry) }
    }

    @Test func loadAllReadsAgainstTheRegistryGiven() throws {
        let folder = NSTemporaryDirectory() + "items-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #"{"provider": "acme", "seed": "acme-api.txt", "items": []}"#.write(toFile: folder + "/acme.json", atomically: true, encoding: .utf8)
        let registry = ProviderRegistry.builtIn.adding(Self.acme)
        #expect(DocumentItemsDecoder.loadAll(in: folder, registry: registry).lists.map(\.provider) == ["acme"])
        #expect(DocumentItemsDecoder.loadAll(in: folder).problems.count == 1)
    }
}
