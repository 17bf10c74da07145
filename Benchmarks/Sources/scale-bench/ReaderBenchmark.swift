import CYAML
import ScaleCompiler
import Yams

/// Our located reader against libyaml's bare event parse (the floor) and Yams' compose (the peer).
enum ReaderBenchmark {
    static func run(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let file = SourceFile(path: "big.yaml", bytes: bytes)
        let bare = median(7) { _ = bareEventParse(bytes) }
        let ours = median(7) { _ = YAMLReader.read(file) }
        let yams = median(7) { _ = try? Yams.compose(yaml: text) }
        let size = String(format: "%.1f MB", Double(bytes.count) / 1_000_000)
        return [
            "| YAML read, \(size) (synthetic 5,000-item text) | libyaml event parse \(milliseconds(bare)) | ours \(milliseconds(ours)) (\(ratio(ours, bare)) libyaml) | Yams compose \(milliseconds(yams)) (\(ratio(yams, bare)) libyaml; ours is \(ratio(yams, ours)) faster) |"
        ]
    }

    /// Every event of the document, nothing built: what any libyaml-based reader must pay.
    static func bareEventParse(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return 0 }
        defer { yaml_parser_delete(&parser) }
        var events = 0
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                events += 1
                if done { return }
            }
        }
        return events
    }
}
