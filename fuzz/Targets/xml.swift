// check: Tests/ContractHarnessTests/Fuzzing/XMLFuzzing.swift
typealias FuzzTarget = XMLFuzzing
