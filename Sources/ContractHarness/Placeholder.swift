enum ContractHarnessPlaceholder {}
