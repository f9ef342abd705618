/// English counts with the right noun form: `1 theme`, `2 themes`.
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
