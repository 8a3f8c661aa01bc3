namespace Loyalty.Members.Api.Domain.Import;

/// <summary>Why one row was not imported. Line is the file's line number (the header is line 1).</summary>
/// <param name="Line">The file's line number (the header is line 1).</param>
/// <param name="Field">The column that is wrong.</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record ImportRowError(int Line, string Field, string Message);
