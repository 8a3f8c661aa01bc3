namespace Loyalty.Members.Api.Domain.Import;

/// <summary>
/// An import file read and checked: its valid rows (each phone once) and the errors of the others, or the problems
/// that stop the whole file (no header, a bad header, too many rows).
/// </summary>
public sealed record MemberImportFile(
    int Rows, IReadOnlyList<ImportedMember> Valid, IReadOnlyList<ImportRowError> Errors)
{
    public const int MaxRows = 200_000;

    public static (MemberImportFile? File, string[] Problems) Read(TextReader reader, DateTimeOffset now)
    {
        using var records = CsvRecords.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            return (null, ["The file is empty; the first line must name the columns."]);
        }

        var (columns, headerProblems) = MemberImportColumns.FromHeader(records.Current.Fields);
        if (columns is null)
        {
            return (null, headerProblems);
        }

        var (rows, valid, errors) = (0, new List<ImportedMember>(), new List<ImportRowError>());
        var firstLineOfPhone = new Dictionary<string, int>();
        while (records.MoveNext())
        {
            if (++rows > MaxRows)
            {
                return (null,
                [
                    $"At most {MaxRows:N0} rows per file; split it and import the parts "
                    + "(importing a part twice is harmless).",
                ]);
            }

            var (line, fields) = records.Current;
            var (member, rowErrors) = MemberImportRules.Read(line, fields, columns, now);
            if (member is not null && !firstLineOfPhone.TryAdd(member.Phone.Value, line))
            {
                var first = firstLineOfPhone[member.Phone.Value];
                rowErrors.Add(new ImportRowError(line, "phone", $"The same phone is already on line {first}."));
                member = null;
            }

            if (member is null)
            {
                errors.AddRange(rowErrors);
            }
            else
            {
                valid.Add(member);
            }
        }

        return (new MemberImportFile(rows, valid, errors), []);
    }

    /// <summary>The report once <paramref name="created"/> of the valid rows were new members.</summary>
    public MemberImportReport Report(int created) =>
        new(Rows, created, Valid.Count - created, Errors.Select(e => e.Line).Distinct().Count(), Errors);
}
