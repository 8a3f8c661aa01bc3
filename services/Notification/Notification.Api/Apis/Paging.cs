namespace Loyalty.Notification.Api.Apis;

internal static class Paging
{
    public static (int Page, int Size, Dictionary<string, string[]> Errors) Validate(int? page, int? pageSize)
    {
        var (number, size) = (page ?? 1, pageSize ?? 20);
        var errors = new Dictionary<string, string[]>();
        if (number < 1)
        {
            errors["page"] = ["page starts at 1."];
        }

        if (size is < 1 or > 200)
        {
            errors["pageSize"] = ["pageSize is 1 to 200."];
        }

        return (number, size, errors);
    }
}
