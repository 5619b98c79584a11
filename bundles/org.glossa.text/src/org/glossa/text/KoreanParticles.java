package org.glossa.text;

import java.util.Set;

/**
 * Korean case and topic particles (josa), the plural suffix and the honorifics 씨 and 님 (left out of a name
 * as "Mr." is), the endings a noun takes inside its eojeol
 * ("서울시는" = 서울시 + 는). ICU segments Korean by eojeol (space to space) and has no morphology, so snapping keeps
 * an eojeol whole; only when a selection ends inside one right before what can only be particles ("서울시|는",
 * "국회|에서는") does it keep the selected end. A verb ending ("발표|했다") is not on the list and does not count.
 */
final class KoreanParticles {
    private static final Set<String> PARTICLES = Set.of("은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게",
            "에게서", "께", "께서", "한테", "와", "과", "도", "만", "로", "으로", "로서", "으로서", "로써", "으로써", "부터", "까지",
            "처럼", "보다", "조차", "마저", "뿐", "이나", "나", "랑", "이랑", "하고", "들", "라고", "이라고", "이라는", "라는",
            "씨", "님");
    private static final int MOST_IN_A_ROW = 3;

    private KoreanParticles() {
    }

    /** Whether {@code ending} is one to three particles in a row ("는", "에서는", "들에게는"). */
    static boolean isParticles(String ending) {
        return splits(ending, 0, MOST_IN_A_ROW);
    }

    private static boolean splits(String ending, int from, int left) {
        if (from == ending.length()) {
            return from > 0;
        }
        if (left == 0) {
            return false;
        }
        for (int to = ending.length(); to > from; to--) {
            if (PARTICLES.contains(ending.substring(from, to)) && splits(ending, to, left - 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHangulSyllable(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }
}
