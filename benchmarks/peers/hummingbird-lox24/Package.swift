// swift-tools-version: 6.0
// The benchmark's peer for the LOX24 fake: the same `POST /sms` work written the way a Hummingbird
// user would (Codable in, Codable out). Built by benchmarks/run in its own scratch folder; never a
// dependency of the SMSContract package.
import PackageDescription

let package = Package(
    name: "hummingbird-lox24",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .executableTarget(
            name: "HummingbirdLox24",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
