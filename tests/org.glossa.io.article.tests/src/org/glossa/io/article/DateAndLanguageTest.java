package org.glossa.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateAndLanguageTest {

    @Test
    void datesInTheWaysNewsPagesWriteThem() {
        assertEquals(Optional.of("2024-02-16"), DateDetector.findIso("created\n2024-02-16\nhit"));
        assertEquals(Optional.of("2024-02-16"), DateDetector.findIso("Published : February 16, 2024 - 09:11"));
        assertEquals(Optional.of("2024-02-16"), DateDetector.findIso("Updated Feb. 16, 2024"));
        assertEquals(Optional.of("2024-02-16"), DateDetector.findIso("16th February 2024, 10:00 GMT"));
        assertEquals(Optional.of("2024-02-16"), DateDetector.findIso("입력 2024년 2월 16일 오전 9시"));
        assertEquals(Optional.of("2016-04-05"), DateDetector.findIso("April 5, 2016 - 15:08 By KH"));
        assertEquals(Optional.of("2023-12-26"), DateDetector.findIso("2023.12.26 then 2024-01-01"),
                "the earliest date in the text wins");
    }

    @Test
    void impossibleDatesAndGluedTeaserDatesAreIgnored() {
        assertEquals(Optional.empty(), DateDetector.findIso("Version 2024-13-45 and February 30, 2024"));
        assertEquals(Optional.empty(), DateDetector.findIso("the cloud busine2023-12-06S. Korea"));
    }

    @Test
    void languageFromScripts() {
        assertEquals(Optional.of("en"), LanguageGuesser.guess("The council said it would vote on the plan."));
        assertEquals(Optional.of("ko"), LanguageGuesser.guess("통일부는 15일 설명회를 열었다. (Yonhap)"));
        assertEquals(Optional.of("zh"), LanguageGuesser.guess("工人们举着写有公平工资的横幅。"));
        assertEquals(Optional.of("ja"), LanguageGuesser.guess("東京で会議が開かれました。"));
        assertEquals(Optional.empty(), LanguageGuesser.guess("Der Stadtrat stimmte dem Plan zu, sagte sie."));
        assertEquals(Optional.empty(), LanguageGuesser.guess("2024 — 17:45"));
    }
}
