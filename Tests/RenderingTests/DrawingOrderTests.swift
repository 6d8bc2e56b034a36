@testable import Rendering
import Foundation
import Testing
import TimelineLayout
import NewsArticles

/// Text is collected by font and colour and shown late; these check that what a page draws over
/// what still shows as the page says, and that shapes beside the text do not split it up.
@Suite("drawing order of batched text and shapes")
struct DrawingOrderTests {
    private static let style = TextStyle(family: "DejaVu Sans", size: 12, color: .black)

    private static func text(_ s: String, x: Double, y: Double) -> PageItem {
        .text(TextRun(role: .body, frame: Rect(x: x, y: y, width: 120, height: 16), text: s, style: style))
    }

    /// Share of non-white pixels in a box of the image (points; the PNG is drawn at scale 1).
    private static func ink(_ image: PNGImage, _ box: Rect) -> Double {
        var inked = 0, all = 0
        for y in Int(box.y)..<Int(box.maxY) { for x in Int(box.x)..<Int(box.maxX) {
            all += 1
            if image.pixels[y * image.width + x] != 0xFFFF_FFFF { inked += 1 }
        } }
        return Double(inked) / Double(all)
    }

    @Test("a white box drawn after a text hides it; a dot beside a text leaves it showing")
    func shapesOverAndBesideText() throws {
        let folder = try Samples.folder("order")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = LaidOutPage(width: 300, height: 100, items: [
            Self.text("Hidden words", x: 10, y: 10),
            .rect(RectItem(frame: Rect(x: 5, y: 5, width: 130, height: 26), fill: .white)),
            Self.text("Shown words", x: 10, y: 60),
            .circle(CircleItem(center: Point(250, 68), radius: 4, fill: .black)),
        ])
        let path = folder.appendingPathComponent("order.png").path
        try PNGExporter().write(page, scale: 1, to: path)
        let image = try PNGImage(path: path)
        #expect(Self.ink(image, Rect(x: 5, y: 5, width: 130, height: 26)) == 0, "the box covers the text drawn before it")
        #expect(Self.ink(image, Rect(x: 10, y: 60, width: 100, height: 16)) > 0.05, "the text beside the dot is drawn")
        #expect(Self.ink(image, Rect(x: 247, y: 65, width: 6, height: 6)) > 0.9, "the dot is drawn")
    }

    @Test("painted bounds hold the whole shape, stroke included")
    func paintedBounds() {
        let line = PageItem.line(LineItem(from: Point(10, 20), to: Point(50, 20), color: .black, width: 4))
        let box = PageDrawer.paintedBounds(line)!
        #expect(box.y <= 18 && box.maxY >= 22 && box.x <= 10 && box.maxX >= 50)
        let ring = PageItem.circle(CircleItem(center: Point(0, 0), radius: 5, fill: nil, stroke: .black, lineWidth: 2))
        #expect(PageDrawer.paintedBounds(ring)!.contains(Rect(x: -6, y: -6, width: 12, height: 12)))
        #expect(PageDrawer.paintedBounds(.path(PathItem(points: [], closed: false, fill: nil))) == nil)
    }

    @Test("a page of text with a dot beside each line shows its text in one text object, not one per line")
    func textBesideDotsIsBatched() throws {
        let folder = try Samples.folder("batched")
        defer { try? FileManager.default.removeItem(at: folder) }
        var items: [PageItem] = []
        for i in 0..<30 {
            items.append(.circle(CircleItem(center: Point(20, Double(30 + 20 * i)), radius: 3, fill: .black)))
            items.append(Self.text("Entry number \(i)", x: 30, y: Double(22 + 20 * i)))
        }
        let document = LaidOutDocument(pages: [LaidOutPage(width: 400, height: 700, items: items)],
                                       metadata: DocumentMetadata(title: "Batched", author: "", subject: "", keywords: [],
                                                                  created: CalendarDay(year: 2024, month: 1, day: 1)!))
        let pdf = folder.appendingPathComponent("b.pdf").path, qdf = folder.appendingPathComponent("q.pdf").path
        try PDFExporter(parts: 1).write(document, to: pdf)
        guard let converted = try Samples.tool("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf]),
              let text = try Samples.tool("pdftotext", [pdf, "-"]) else {
            Issue.record("qpdf / poppler-utils are not installed (make setup installs them)")
            return
        }
        #expect(converted.status == 0)
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
        #expect(content.matches(of: /\bBT\b/).count == 1, "one text object for the page's text")
        #expect(text.output.contains("Entry number 0") && text.output.contains("Entry number 29"))
    }
}
