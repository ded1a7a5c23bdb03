import ArgumentParser
import HushCore

extension ReportFormat: ExpressibleByArgument {}
