using System.Text.RegularExpressions;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;

namespace Loyalty.Members.Api.Domain.Consents;

/// <summary>Validation of consent changes and the rule for what is recorded.</summary>
public static partial class ConsentRules
{
    /// <summary>
    /// The purposes one consents to (Feedback: surveys and care follow-ups); a sign-in code is sent because the member
    /// asks for it and needs no consent.
    /// </summary>
    public static readonly IReadOnlyList<ConsentPurpose> Consentable =
        [ConsentPurpose.Marketing, ConsentPurpose.Transactional, ConsentPurpose.Feedback];

    /// <summary>Every channel and purpose a member can consent to.</summary>
    public static IEnumerable<(Channel Channel, ConsentPurpose Purpose)> All =>
        from channel in Enum.GetValues<Channel>()
        from purpose in Consentable
        select (channel, purpose);

    /// <summary>
    /// Where decisions were given when the request does not say: the app for a member, else the front desk.
    /// </summary>
    public static string DefaultSource(bool byTheMember) => byTheMember ? "app" : "front-desk";

    public static (IReadOnlyList<(Channel Channel, ConsentPurpose Purpose, bool Granted)> Choices, string Source,
        Dictionary<string, string[]> Errors) Validate(ConsentChangeRequest request, string defaultSource)
    {
        var errors = new Dictionary<string, string[]>();
        var choices = new List<(Channel Channel, ConsentPurpose Purpose, bool Granted)>();
        var consents = request.Consents ?? [];
        if (consents.Count == 0)
        {
            errors["consents"] =
            [
                "Give at least one consent: channel (Sms, WeChat, Email, Push), purpose (Marketing, Transactional), "
                + "granted.",
            ];
        }

        for (var i = 0; i < consents.Count; i++)
        {
            if (consents[i] is not { Channel: { } channel, Purpose: { } purpose, Granted: { } granted }
                || !Enum.IsDefined(channel) || !Consentable.Contains(purpose))
            {
                errors[$"consents[{i}]"] =
                [
                    "Each consent needs channel (Sms, WeChat, Email, Push), purpose (Marketing, Transactional) and "
                    + "granted (true/false).",
                ];
            }
            else if (choices.Any(c => c.Channel == channel && c.Purpose == purpose))
            {
                errors[$"consents[{i}]"] = [$"{channel}/{purpose} is given twice."];
            }
            else
            {
                choices.Add((channel, purpose, granted));
            }
        }

        var source = string.IsNullOrWhiteSpace(request.Source)
            ? defaultSource
            : request.Source.Trim().ToLowerInvariant();
        if (!SourcePattern().IsMatch(source))
        {
            errors["source"] = ["Source must be 2–32 letters, digits or dashes, e.g. app, front-desk, wechat-mini."];
        }

        return (choices, source, errors);
    }

    /// <summary>
    /// The records and events for the choices that change something: a first decision (granted or refused) or a
    /// reversal. Repeating the current decision records nothing.
    /// </summary>
    public static IEnumerable<(ConsentRecord Record, MemberConsentChanged Event)> Changes(
        Guid memberId,
        IEnumerable<ConsentRecord> current,
        IEnumerable<(Channel Channel, ConsentPurpose Purpose, bool Granted)> choices,
        string source,
        DateTimeOffset now)
    {
        foreach (var (channel, purpose, granted) in choices)
        {
            if (current.FirstOrDefault(r => r.Channel == channel && r.Purpose == purpose) is { } latest
                && latest.Granted == granted)
            {
                continue;
            }

            yield return (
                ConsentRecord.Decide(memberId, channel, purpose, granted, source, now),
                new MemberConsentChanged(memberId, channel, purpose, granted, source, now) { OccurredAt = now });
        }
    }

    [GeneratedRegex("^[a-z0-9-]{2,32}$")]
    private static partial Regex SourcePattern();
}
