package org.glossa.agreement.report;

/** Markup shared by the inline SVG charts. */
final class SvgSupport {

    /** The only URL-like string in the report: SVG needs its namespace when the file is read as XML. */
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    static final String FONT = "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Noto Sans CJK KR, "
            + "Apple SD Gothic Neo, Malgun Gothic, sans-serif";

    private SvgSupport() {
    }

    static void open(StringBuilder sb, String cssClass, double width, double height, String titleId,
            String title) {
        sb.append("<svg xmlns=\"").append(SVG_NS).append("\" class=\"").append(cssClass).append("\" width=\"")
                .append(SvgText.n(width)).append("\" height=\"").append(SvgText.n(height))
                .append("\" viewBox=\"0 0 ").append(SvgText.n(width)).append(' ').append(SvgText.n(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append("\" font-family=\"")
                .append(HtmlEscaping.attr(FONT)).append("\" font-size=\"12\">\n");
        sb.append("<title id=\"").append(titleId).append("\">").append(HtmlEscaping.text(title)).append("</title>\n");
    }

    /** Diagonal grey hatching for undefined figures: visibly "no value", distinct from any colour of the scale. */
    static void hatchPattern(StringBuilder sb, String id) {
        sb.append("<defs><pattern id=\"").append(id).append("\" width=\"6\" height=\"6\" ")
                .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#f4f4f4\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c4c4c4\" stroke-width=\"2\"/>")
                .append("</pattern></defs>\n");
    }

    static void text(StringBuilder sb, double x, double y, String anchor, String extraAttributes, String content) {
        sb.append("<text x=\"").append(SvgText.n(x)).append("\" y=\"").append(SvgText.n(y)).append('"');
        if (anchor != null) {
            sb.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (extraAttributes != null) {
            sb.append(' ').append(extraAttributes);
        }
        sb.append('>').append(HtmlEscaping.text(SvgText.oneLine(content))).append("</text>\n");
    }

    static void line(StringBuilder sb, double x1, double y1, double x2, double y2, String stroke, String extra) {
        sb.append("<line x1=\"").append(SvgText.n(x1)).append("\" y1=\"").append(SvgText.n(y1)).append("\" x2=\"")
                .append(SvgText.n(x2)).append("\" y2=\"").append(SvgText.n(y2)).append("\" stroke=\"")
                .append(stroke).append('"');
        if (extra != null) {
            sb.append(' ').append(extra);
        }
        sb.append("/>\n");
    }

    static void rect(StringBuilder sb, String cssClass, double x, double y, double w, double h, String fill,
            String extra) {
        sb.append("<rect");
        if (cssClass != null) {
            sb.append(" class=\"").append(cssClass).append('"');
        }
        sb.append(" x=\"").append(SvgText.n(x)).append("\" y=\"").append(SvgText.n(y)).append("\" width=\"")
                .append(SvgText.n(w)).append("\" height=\"").append(SvgText.n(h)).append("\" fill=\"").append(fill)
                .append('"');
        if (extra != null) {
            sb.append(' ').append(extra);
        }
        sb.append("/>\n");
    }

    /** A tooltip: the first child of a group becomes its accessible name and hover text. */
    static void tooltip(StringBuilder sb, String content) {
        sb.append("<title>").append(HtmlEscaping.text(content)).append("</title>");
    }
}
