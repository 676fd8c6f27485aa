// swift-tools-version: 6.0
// An outside package using SMSContract the way a Swift team would: its app code (Notifier) is
// tested against the LOX24 fake, and it registers a provider of its own (Acme) beside the five.
import PackageDescription

let package = Package(
    name: "NotifierExample",
    // SMSContract needs macOS 15 (Mutex, Atomic); a package depending on it declares at least that.
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "SMSContract", path: "../..")],
    targets: [
        // The app code under test: sends an SMS through LOX24's HTTP API with URLSession.
        .target(name: "Notifier"),
        // A provider of the package's own: its documented behaviour as a fake, and its descriptor.
        .target(name: "AcmeFake", dependencies: [.product(name: "Providers", package: "SMSContract"),
                                                 .product(name: "Wire", package: "SMSContract"),
                                                 .product(name: "StructuredData", package: "SMSContract")]),
        .testTarget(name: "NotifierTests", dependencies: ["Notifier", "AcmeFake", .product(name: "SMSContractTesting", package: "SMSContract")]),
    ],
    swiftLanguageModes: [.v6]
)
