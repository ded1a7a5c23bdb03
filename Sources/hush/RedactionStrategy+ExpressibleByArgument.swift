import ArgumentParser
import HushCore

extension RedactionStrategy: ExpressibleByArgument {}
