namespace Loyalty.Members.Api.Domain.Import;

/// <summary>Why one row was not imported. Line is the file's line number (the header is line 1).</summary>
public sealed record ImportRowError(int Line, string Field, string Message);
