// check: Tests/ContractHarnessTests/Fuzzing/SMTPSessionFuzzing.swift
typealias FuzzTarget = SMTPSessionFuzzing
