// check: Tests/ContractHarnessTests/Fuzzing/MIMEFuzzing.swift
typealias FuzzTarget = CSVFuzzing
