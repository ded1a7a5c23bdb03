import HushCore
import Testing

@Test(arguments: [
    ([:], ReportLanguage.en), (["LANG": "zh_CN.UTF-8"], .zh), (["LANG": "zh_TW.Big5"], .zh),
    (["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], .en), (["LC_ALL": "", "LC_MESSAGES": "zh_HK.UTF-8", "LANG": "en_US"], .zh),
    (["LANG": "en_GB.UTF-8"], .en), (["LANG": "ZH_cn"], .zh),
])
func reportLanguageFollowsTheLocaleInPOSIXOrder(environment: [String: String], language: ReportLanguage) {
    #expect(ReportLanguage(environment: environment) == language)
}
