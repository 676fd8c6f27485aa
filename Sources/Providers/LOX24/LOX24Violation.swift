import StructuredData

/// One failed constraint on one property, as LOX24's Symfony validator reports it.
struct LOX24Violation: Sendable, Equatable {
    /// The request property, e.g. `phone`.
    var propertyPath: String
    var message: String
    /// Symfony's constraint error code (a UUID naming the kind of failure).
    var code: String

    var json: JSONValue {
        ["propertyPath": .string(propertyPath), "message": .string(message), "code": .string(code)]
    }
}

/// The constraint failures the fake reports, with Symfony's default messages and error codes.
///
/// The codes are Symfony Validator's own constants; LOX24's API is built on Symfony (see the
/// violation body in `provider-facts.md` § lox24). Messages the documents do not give are
/// Symfony's defaults and are marked assumed in the specs.
enum LOX24Constraint {
    static func notBlank(_ property: String) -> LOX24Violation {
        LOX24Violation(propertyPath: property, message: "This value should not be blank.", code: "c1051bb4-d103-4f74-8988-acbcafc7fdc3")
    }

    static func tooLong(_ property: String, limit: Int) -> LOX24Violation {
        LOX24Violation(
            propertyPath: property, message: "This value is too long. It should have \(limit) characters or less.",
            code: "d94b19cc-114f-4f44-9cc4-4138e80a87b9")
    }

    static func tooShort(_ property: String, limit: Int) -> LOX24Violation {
        LOX24Violation(
            propertyPath: property, message: "This value is too short. It should have \(limit) characters or more.",
            code: "9ff3fdc4-b214-49db-8718-39c315e33d45")
    }

    static func notValid(_ property: String) -> LOX24Violation {
        LOX24Violation(propertyPath: property, message: "This value is not valid.", code: "de1e3db3-5ed4-4941-aae4-59f3667cc3a3")
    }

    static func notAChoice(_ property: String) -> LOX24Violation {
        LOX24Violation(
            propertyPath: property, message: "The value you selected is not a valid choice.", code: "8e179f1b-97aa-4560-a02f-2a8b42e49df7")
    }

    static func shouldBeNull(_ property: String) -> LOX24Violation {
        LOX24Violation(propertyPath: property, message: "This value should be null.", code: "60d2f30b-8cfa-4372-b155-9656634de120")
    }

    static func negative(_ property: String) -> LOX24Violation {
        LOX24Violation(
            propertyPath: property, message: "This value should be greater than or equal to 0.", code: "ea4e51d1-3342-48bd-87f1-9e672cd90cad")
    }

    /// The documented message for an unknown `service_code` (`provider-facts.md` § lox24), answered with 400.
    static func invalidServiceCode() -> LOX24Violation {
        LOX24Violation(
            propertyPath: "service_code", message: "Service's code is invalid or unavailable.", code: "c1051bb4-d103-4f74-8988-acbcafc7fdc3")
    }

    /// A value of the wrong JSON type, answered with 400 in API Platform's wording.
    static func wrongType(_ property: String, expected: String, given: JSONValue) -> LOX24Violation {
        LOX24Violation(
            propertyPath: property,
            message: "The type of the \"\(property)\" attribute must be \"\(expected)\", \"\(phpTypeName(given))\" given.",
            code: "ba785a8c-82cb-4283-967c-3cf342181b40")
    }

    /// PHP's name for a JSON value's type, as API Platform prints it.
    static func phpTypeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "NULL"
        case .bool: "bool"
        // PHP's json_decode reads an integer beyond 64 bits as a float (99999999999999999999 is 1.0E+20).
        case .number(let number): number.rounded() == number && abs(number) < 9.2e18 ? "int" : "float"
        case .string: "string"
        case .array, .object: "array"
        }
    }
}
