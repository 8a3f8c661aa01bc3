namespace Loyalty.ServiceDefaults.Input;

/// <summary>
/// A page of a listing as the query string asks for it (page from 1, pageSize 1 to the listing's maximum). A page past
/// the end is an empty page, not an error; one whose offset would not fit a 32-bit OFFSET is refused.
/// </summary>
public readonly record struct PageQuery(int Page, int Size)
{
    public const int DefaultSize = 20;

    public int Offset => (Page - 1) * Size;

    public static PageQuery Read(int? page, int? pageSize, int maxSize, out Dictionary<string, string[]> errors)
    {
        var (number, size) = (page ?? 1, pageSize ?? DefaultSize);
        errors = [];
        if (size < 1 || size > maxSize)
        {
            errors["pageSize"] = [$"pageSize is 1 to {maxSize}."];
        }
        else if (number < 1 || number > int.MaxValue / size)
        {
            errors["page"] = [$"page starts at 1 and is at most {int.MaxValue / size:D} for this pageSize."];
        }

        return new PageQuery(number, size);
    }
}
