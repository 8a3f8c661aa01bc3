namespace Loyalty.Members.Api.Domain.Import;

/// <summary>
/// The columns an import file may have, found by header name in any order, case and spelling ("birthDate",
/// "birth_date", "Birth Date"). phone, name, gender, birthDate and homeStoreId are required.
/// </summary>
public sealed class MemberImportColumns
{
    public static readonly string[] Required = ["phone", "name", "gender", "birthDate", "homeStoreId"];
    public static readonly string[] Optional = ["skinType", "interestTags", "tier", "registeredAt"];

    private readonly Dictionary<string, int> _index;

    private MemberImportColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>The columns of a header row, or the problems with it (missing, unknown or repeated columns).</summary>
    public static (MemberImportColumns? Columns, string[] Problems) FromHeader(IReadOnlyList<string> header)
    {
        var known = Required.Concat(Optional).ToDictionary(Key, name => name);
        var index = new Dictionary<string, int>();
        var problems = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (!known.TryGetValue(Key(header[i]), out var name))
            {
                var all = string.Join(", ", Required.Concat(Optional));
                problems.Add($"Unknown column \"{header[i].Trim()}\"; columns are {all}.");
            }
            else if (!index.TryAdd(name, i))
            {
                problems.Add($"Column \"{name}\" appears twice.");
            }
        }

        problems.AddRange(Required.Where(name => !index.ContainsKey(name))
            .Select(name => $"Required column \"{name}\" is missing."));
        return problems.Count > 0 ? (null, problems.ToArray()) : (new MemberImportColumns(index), []);
    }

    /// <summary>The trimmed value of a column in a record; null when the column is absent or the cell empty.</summary>
    public string? Value(string[] record, string column) =>
        _index.TryGetValue(column, out var i) && i < record.Length && record[i].Trim() is { Length: > 0 } value
            ? value
            : null;

    private static string Key(string header) =>
        new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
