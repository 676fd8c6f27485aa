extension ProviderDescriptor {
    /// RoxSMS's HTTP API (`rox`).
    public static var rox: ProviderDescriptor { RoxProvider.descriptor }
    /// RoxSMS's email-to-SMS gateway (`rox-email`).
    public static var roxEmail: ProviderDescriptor { RoxEmailProvider.descriptor }
    /// Skycore (`skycore`).
    public static var skycore: ProviderDescriptor { SkycoreProvider.descriptor }
    /// LOX24 (`lox24`).
    public static var lox24: ProviderDescriptor { LOX24Provider.descriptor }
    /// iovox (`iovox`).
    public static var iovox: ProviderDescriptor { IovoxProvider.descriptor }
}
