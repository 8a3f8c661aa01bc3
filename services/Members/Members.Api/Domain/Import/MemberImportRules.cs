using System.Globalization;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.ServiceDefaults.Input;

namespace Loyalty.Members.Api.Domain.Import;

/// <summary>
/// Reads one import row with the profile rules members are registered under, accepting what a chain's previous
/// system exports: 女/男 and F/M for gender, the Chinese tier names, dates as 2024-05-01, 2024/5/1 or 20240501,
/// tags separated by ; | or 、, a join time with or without time of day (clinic time unless an offset is given).
/// </summary>
public static class MemberImportRules
{
    private static readonly Dictionary<string, Gender> Genders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["female"] = Gender.Female, ["f"] = Gender.Female, ["女"] = Gender.Female,
        ["male"] = Gender.Male, ["m"] = Gender.Male, ["男"] = Gender.Male,
        ["undisclosed"] = Gender.Undisclosed, ["u"] = Gender.Undisclosed, ["未知"] = Gender.Undisclosed,
    };

    private static readonly Dictionary<string, Tier> Tiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = Tier.Standard, ["普通会员"] = Tier.Standard, ["普通"] = Tier.Standard,
        ["silver"] = Tier.Silver, ["银卡"] = Tier.Silver,
        ["gold"] = Tier.Gold, ["金卡"] = Tier.Gold,
        ["diamond"] = Tier.Diamond, ["钻石"] = Tier.Diamond, ["钻石卡"] = Tier.Diamond,
    };

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd"];
    private static readonly string[] LocalTimeFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"];

    public static (ImportedMember? Member, List<ImportRowError> Errors) Read(
        int line, string[] record, MemberImportColumns columns, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (!PhoneNumber.TryParse(columns.Value(record, "phone"), out var phone))
        {
            errors["phone"] = [PhoneNumber.Expected];
        }

        var gender = columns.Value(record, "gender") is { } g && Genders.TryGetValue(g, out var known)
            ? known
            : (Gender?)null;
        var birthDate = ParseDate(columns.Value(record, "birthDate"), out var date) ? date : (DateOnly?)null;
        var tags = columns.Value(record, "interestTags")
            ?.Split([';', '|', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var edit = new MemberProfileEdit(
            columns.Value(record, "name"),
            gender,
            birthDate,
            columns.Value(record, "homeStoreId"),
            columns.Value(record, "skinType"),
            tags);
        var profile = MemberProfileRules.Validate(edit, ClinicTime.DateOf(now), errors);
        if (birthDate is null && columns.Value(record, "birthDate") is not null)
        {
            errors["birthDate"] = ["Birth date must be a date: 1990-05-20, 1990/5/20 or 19900520."];
        }

        var tier = Tier.Standard;
        if (columns.Value(record, "tier") is { } tierName && !Tiers.TryGetValue(tierName, out tier))
        {
            errors["tier"] = ["Tier must be Standard, Silver, Gold or Diamond (or 普通会员, 银卡, 金卡, 钻石)."];
        }

        DateTimeOffset? registeredAt = null;
        if (columns.Value(record, "registeredAt") is { } joined)
        {
            registeredAt = ParseInstant(joined);
            if (registeredAt is not { } at || at > now || !PlausibleDates.IsPlausible(at))
            {
                errors["registeredAt"] =
                [
                    "Join time must be a past date or time after 2000-01-01: 2019-06-15, 2019-06-15 14:30 "
                    + "(clinic time) or 2019-06-15T14:30:00+08:00.",
                ];
            }
        }

        var rowErrors = errors.SelectMany(e => e.Value.Select(message => new ImportRowError(line, e.Key, message)))
            .ToList();
        return rowErrors.Count > 0
            ? (null, rowErrors)
            : (new ImportedMember(line, phone!.Value, profile!, tier, registeredAt), rowErrors);
    }

    private static bool ParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DateTimeOffset? ParseInstant(string value)
    {
        if (ParseDate(value, out var date))
        {
            return ClinicLocal(date.ToDateTime(TimeOnly.MinValue));
        }

        if (DateTime.TryParseExact(
                value, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return ClinicLocal(local);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && HasOffset(value)
            ? instant.ToUniversalTime()
            : null;
    }

    /// <summary>
    /// Clinic time as an instant; none for a date so far out that the instant would leave the calendar.
    /// </summary>
    private static DateTimeOffset? ClinicLocal(DateTime local) =>
        PlausibleDates.IsPlausible(DateOnly.FromDateTime(local))
            ? new DateTimeOffset(local, ClinicTime.Zone.GetUtcOffset(local)).ToUniversalTime()
            : null;

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > value.IndexOf('T');
}
