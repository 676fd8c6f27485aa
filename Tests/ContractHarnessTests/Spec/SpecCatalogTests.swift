import ContractHarness
import Foundation
import Testing

@Suite struct SpecCatalogTests {
    @Test func pathsNameFilesAndFoldersEachOnceInOrder() throws {
        let root = NSTemporaryDirectory() + "spec-catalog-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        for file in ["a/2.json", "a/1.json", "a/sub/3.json", "b/4.json", "a/README.md"] {
            try FileManager.default.createDirectory(atPath: (root + "/" + file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "{}".write(toFile: root + "/" + file, atomically: true, encoding: .utf8)
        }
        let files = try SpecCatalog.files(at: [root + "/b/4.json", root + "/a", root + "/a/1.json"])
        #expect(files == [root + "/b/4.json", root + "/a/1.json", root + "/a/2.json", root + "/a/sub/3.json"])
        #expect(throws: SpecPathError(path: root + "/c")) { try SpecCatalog.files(at: [root + "/c"]) }
        // A glob the shell left alone (quoted): matched here, from its fixed leading folder.
        #expect(try SpecCatalog.files(at: [root + "/a/*.json"]) == [root + "/a/1.json", root + "/a/2.json", root + "/a/sub/3.json"])
        #expect(try SpecCatalog.files(at: [root + "/*/[24].json"]) == [root + "/a/2.json", root + "/b/4.json"])
        #expect(throws: SpecPathError(path: root + "/a/*.yaml")) { try SpecCatalog.files(at: [root + "/a/*.yaml"]) }
        #expect(SpecPathError(path: "x").description == "x: no such spec file or folder")
    }
}
