package dev.zhibiao.cli;

/** The fixed parts of the audit page: its head with the style sheet, and its end with the script. */
final class PageStyle {
    private PageStyle() {
    }

    /** From the doctype to the start of the page's content. */
    static final String HEAD = """
            <!DOCTYPE html>
            <html lang="zh">
            <head>
            <meta charset="utf-8">
            <meta name="generator" content="zhibiao">
            <title>zhibiao audit page</title>
            <style>
            body{font:13px/1.4 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:0;color:#222;background:#fafafa}
            main{display:flex;flex-direction:column;padding:12px 18px}
            header{order:-2}
            #summary{order:-1;background:#fff;border:1px solid #ccc;padding:6px 12px;margin-bottom:12px}
            h1{font-size:18px;margin:4px 0}
            h2{font-size:15px;margin:14px 0 6px;padding:4px 6px;background:#e8eef5;border-left:4px solid #4a76a8}
            #summary h2{background:none;border:0;padding:0}
            h3{font-size:14px;margin:10px 0 4px}
            h3 small{font-weight:normal;color:#666}
            h4{font-size:12px;margin:6px 0 3px;color:#555;text-transform:uppercase;letter-spacing:.04em}
            .sheet{background:#fff;border:1px solid #ddd;padding:6px 10px;margin:6px 0 14px}
            .pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:14px;align-items:start}
            table{border-collapse:collapse;width:100%;margin-bottom:6px}
            td,th{border:1px solid #ddd;padding:2px 4px;vertical-align:top;text-align:left;word-break:break-word}
            th{background:#f3f3f3;font-weight:600}
            .rows th{white-space:nowrap;color:#666;font-weight:normal;font-size:11px}
            .rows tr.p td{color:#555;font-style:italic}
            .repair,tr.repair td{background:#fff4c2}
            .unread,tr.unread td{background:#ffd9b3}
            .remnant,tr.remnant td{background:#ffc9c9}
            tr.note td{border:0;background:none;color:#8a5a00;font-size:11px;padding:0 4px 3px 16px}
            td.tg,.indicators th:first-child{white-space:nowrap}
            details{margin:0 0 6px}
            .diags{margin:0 0 6px;padding-left:18px;font-size:12px}
            .error{color:#a00;font-weight:600}
            .bad{color:#a00;font-weight:600}
            .codes span{display:inline-block;background:#f0f0f0;border-radius:3px;padding:0 5px;margin:1px 2px}
            .legend span{padding:1px 5px;margin-right:6px}
            a{color:#2b5d9b;text-decoration:none}
            :target,:target td{outline:2px solid #4a76a8}
            </style>
            </head>
            <body>
            <main id="page">
            <header><h1>zhibiao audit page</h1><p>Each sheet as recovered (left) beside the rows the reader made of its source (right).</p></header>
            """;

    /** After the summary: the script and the end of the page. */
    static final String TAIL = """
            </main>
            <script>
            window.addEventListener('error', function (e) {
              document.body.setAttribute('data-errors', (parseInt(document.body.getAttribute('data-errors') || '0') + 1) + '');
            });
            document.addEventListener('DOMContentLoaded', function () {
              var n = document.querySelectorAll('[data-sheet]').length;
              document.body.setAttribute('data-sheets', '' + n);
              document.body.setAttribute('data-ready', 'yes');
            });
            </script>
            </body>
            </html>
            """;
}
