import ArgumentParser
import HushCore

extension ReportLanguage: ExpressibleByArgument {}
