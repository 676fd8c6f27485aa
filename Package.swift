// swift-tools-version: 6.0
// SMSContract — contract tests and conformance fakes for SMS provider APIs.
// No package dependencies: the toolchain's Foundation, Dispatch, the C library (Glibc, Musl or Darwin) and Swift Testing only.
import PackageDescription

let package = Package(
    name: "SMSContract",
    // Mutex and Atomic (Synchronization) need macOS 15; Linux has no minimum.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "smscontract", targets: ["smscontract"]),
        .library(name: "ContractHarness", targets: ["ContractHarness"]),
        .library(name: "Providers", targets: ["Providers"]),
        // The door for Swift users: `withFake(.lox24) { fake in … }` and `@Test(.fake(.lox24))`.
        .library(name: "SMSContractTesting", targets: ["SMSContractTesting"]),
        // The modules in the public signatures of the products above, so a depending package names them.
        .library(name: "Wire", targets: ["Wire"]),
        .library(name: "StructuredData", targets: ["StructuredData"]),
        .library(name: "SMSDomain", targets: ["SMSDomain"]),
        .library(name: "MailFormats", targets: ["MailFormats"]),
        // The command line as a library, for a package's own tool with its own providers registered.
        .library(name: "SMSContractCLI", targets: ["SMSContractCLI"]),
    ],
    dependencies: [],
    targets: [
        // Sockets, the event loop (epoll on Linux, poll(2) anywhere), HTTP/1.1 and SMTP servers, a small HTTP client. Knows nothing of SMS.
        .target(name: "Wire"),
        // Email message formats: MIME (multipart, quoted-printable, base64, RFC 2047 words) and CSV. Knows nothing of SMS.
        .target(name: "MailFormats"),
        // GSM 03.38 / UCS-2 segment counting, E.164 normalisation, message value types.
        .target(name: "SMSDomain"),
        // JSON values with source locations, a canonical writer, JSON paths and structural diffs, XML trees.
        .target(name: "StructuredData", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        // One folder per provider: each fake's documented behaviour and what its live target needs.
        .target(name: "Providers", dependencies: ["Wire", "SMSDomain", "StructuredData", "MailFormats"]),
        // Spec model, loader and lint; runner and targets; cassettes; diff; redaction; reports.
        .target(name: "ContractHarness", dependencies: ["Wire", "SMSDomain", "StructuredData", "Providers", "MailFormats"]),
        // The commands behind the executable: argument parsing, run, serve, lint.
        .target(name: "SMSContractCLI", dependencies: ["ContractHarness", "Providers", "StructuredData"]),
        .executableTarget(name: "smscontract", dependencies: ["SMSContractCLI"]),
        // Fakes for users' own tests: started on loopback port 0 around a test body, stopped after;
        // the same body can run against a live target.
        .target(name: "SMSContractTesting", dependencies: ["ContractHarness", "Providers", "Wire", "StructuredData"]),
        // The in-process half of `benchmarks/run` (diff engine, spec suite); the package's own libraries only.
        .executableTarget(name: "smscontract-bench", dependencies: ["ContractHarness", "Providers", "StructuredData"], path: "benchmarks/bench"),

        .testTarget(name: "WireTests", dependencies: ["Wire"]),
        .testTarget(name: "SMSDomainTests", dependencies: ["SMSDomain"]),
        .testTarget(name: "MailFormatsTests", dependencies: ["MailFormats"]),
        .testTarget(name: "StructuredDataTests", dependencies: ["StructuredData"]),
        .testTarget(name: "ProvidersTests", dependencies: ["Providers", "Wire", "StructuredData", "SMSContractTesting"]),
        .testTarget(name: "ContractHarnessTests", dependencies: ["ContractHarness", "Providers", "StructuredData", "Wire"]),
        .testTarget(name: "SMSContractCLITests", dependencies: ["SMSContractCLI", "smscontract", "Providers", "StructuredData", "Wire"]),
        .testTarget(name: "SMSContractTestingTests", dependencies: ["SMSContractTesting"]),
        // The load generator's schedule, percentiles, framing and command line, and one load over loopback.
        .testTarget(name: "SMSContractBenchTests", dependencies: ["smscontract-bench", "Wire"]),
        // Every file in Specs/ is one test case here.
        .testTarget(name: "ConformanceTests", dependencies: ["ContractHarness"]),
    ],
    swiftLanguageModes: [.v6]
)
