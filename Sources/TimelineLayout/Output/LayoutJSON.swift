import Foundation

/// The laid-out pages as JSON, so layout invariants can be checked from outside:
/// `{"pages": [{"width": W, "height": H, "items": [{"type": "text", "role": "label", "x": X, "y": Y,
/// "width": W, "height": H, "text": "..."}, ...]}]}` in points from each page's top left.
///
/// ```swift
/// let data = try LayoutJSON.encode(document.pages)
/// ```
public enum LayoutJSON {
    struct Document: Encodable { var pages: [Page] }
    struct Page: Encodable { var width: Double; var height: Double; var items: [Item] }
    struct Item: Encodable {
        var type: String
        var role: String?
        var x: Double?, y: Double?, width: Double?, height: Double?
        var x2: Double?, y2: Double?, r: Double?
        var text: String?
        var font: String?, size: Double?, bold: Bool?
        var fill: RGBA?, stroke: RGBA?, color: RGBA?
        var points: [[Double]]?
        var target: String?, name: String?
    }

    public static func encode(_ pages: [LaidOutPage]) throws -> Data {
        let doc = Document(pages: pages.map { p in Page(width: round(p.width), height: round(p.height), items: p.items.map(item)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(doc)
    }

    static func round(_ v: Double) -> Double { (v * 100).rounded() / 100 }

    static func item(_ i: PageItem) -> Item {
        var out = Item(type: "")
        switch i {
        case .text(let t):
            out.type = "text"; out.role = t.role.rawValue; out.text = t.text
            out.x = round(t.frame.x); out.y = round(t.frame.y); out.width = round(t.frame.width); out.height = round(t.frame.height)
            out.font = t.style.family; out.size = t.style.size; out.bold = t.style.weight == .bold; out.color = t.style.color
        case .line(let l):
            out.type = "line"; out.role = l.role.rawValue
            out.x = round(l.from.x); out.y = round(l.from.y); out.x2 = round(l.to.x); out.y2 = round(l.to.y); out.color = l.color
        case .rect(let r):
            out.type = "rect"; out.role = r.role.rawValue
            out.x = round(r.frame.x); out.y = round(r.frame.y); out.width = round(r.frame.width); out.height = round(r.frame.height)
            out.fill = r.fill; out.stroke = r.stroke
        case .circle(let c):
            out.type = "circle"; out.role = c.role.rawValue
            out.x = round(c.center.x); out.y = round(c.center.y); out.r = round(c.radius); out.fill = c.fill; out.stroke = c.stroke
        case .path(let p):
            out.type = "path"; out.role = p.role.rawValue
            out.points = p.points.map { [round($0.x), round($0.y)] }; out.fill = p.fill; out.stroke = p.stroke
            let b = p.bounds
            out.x = round(b.x); out.y = round(b.y); out.width = round(b.width); out.height = round(b.height)
        case .link(let l):
            out.type = "link"; out.target = l.target
            out.x = round(l.frame.x); out.y = round(l.frame.y); out.width = round(l.frame.width); out.height = round(l.frame.height)
        case .anchor(let a):
            out.type = "anchor"; out.name = a.name; out.x = round(a.position.x); out.y = round(a.position.y)
        }
        return out
    }
}
