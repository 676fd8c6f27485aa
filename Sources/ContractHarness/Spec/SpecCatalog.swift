import Foundation
import Providers
import StructuredData

/// Finds and loads spec files: every `*.json` below a folder, in a stable order.
public enum SpecCatalog {
    /// The spec files below `directory` (recursively), sorted by path; `README`s and hidden files are skipped.
    public static func files(in directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else {
            return []
        }
        var files: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "json" {
            files.append(relativePath(url.path, to: directory))
        }
        return files.sorted()
    }

    /// The spec files `paths` name, in order and each once: a file as itself, a folder as every spec
    /// below it (`--spec Specs/lox24 --spec Specs/iovox/a.json`). A path that does not exist is an error.
    public static func files(at paths: [String]) throws(SpecPathError) -> [String] {
        var files: [String] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            let named: [String]
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                named = isDirectory.boolValue ? Self.files(in: path) : [path]
            } else if path.contains(where: { "*?[".contains($0) }) {
                named = Self.files(matching: path)
                if named.isEmpty { throw SpecPathError(path: path) }
            } else {
                throw SpecPathError(path: path)
            }
            for file in named where seen.insert(file).inserted {
                files.append(file)
            }
        }
        return files
    }

    /// The spec files a glob the shell did not expand names (`'Specs/lox24/*.json'`, quoted in a CI
    /// file): every spec below the pattern's fixed leading folder whose path matches it.
    static func files(matching pattern: String) -> [String] {
        var base = pattern.split(separator: "/", omittingEmptySubsequences: false).prefix { !$0.contains(where: { "*?[".contains($0) }) }
            .joined(separator: "/")
        if base.isEmpty { base = "." }
        let glob = GlobPattern(pattern)
        return Self.files(in: base).filter { glob.matches($0) || glob.matches(String($0.dropFirst(2))) }
    }

    /// Loads one spec file naming one of `registry`'s providers.
    public static func load(_ path: String, registry: ProviderRegistry = .builtIn) throws(SpecLoadError) -> Spec {

        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpecLoadError(problems: [SpecProblem(file: path, location: nil, field: .root, message: "cannot read the file (missing, or not readable)")])
        }
        return try SpecDecoder.decode(Array(data), file: path, registry: registry)
    }

    /// Loads every given file, returning the specs and every problem (including ids used twice).
    public static func loadAll(_ paths: [String], registry: ProviderRegistry = .builtIn) -> (specs: [Spec], problems: [SpecProblem]) {
        var specs: [Spec] = []
        var problems: [SpecProblem] = []
        var seen: [String: String] = [:]
        for path in paths {
            do {
                let spec = try load(path, registry: registry)
                if let first = seen[spec.id] {
                    problems.append(SpecProblem(file: path, location: nil, field: JSONPath.root.appending("id"),
                                                message: "id \"\(spec.id)\" is already used by \(first); ids must be unique"))
                    continue
                }
                seen[spec.id] = path
                specs.append(spec)
            } catch {
                problems.append(contentsOf: error.problems)
            }
        }
        return (specs, problems)
    }

    private static func relativePath(_ path: String, to directory: String) -> String {
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        guard standardized.hasPrefix(base + "/") else { return path }
        let relative = String(standardized.dropFirst(base.count + 1))
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}

/// A `--spec` path that names no file or folder.
public struct SpecPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as given.
    public let path: String

    /// An error for `path`.
    public init(path: String) {
        self.path = path
    }

    public var description: String { "\(path): no such spec file or folder" }
}
