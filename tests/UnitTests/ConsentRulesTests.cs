using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Consents;

namespace Loyalty.UnitTests;

public class ConsentRulesTests
{
    private static readonly Guid Member = Guid.NewGuid();

    [Fact]
    public void Choices_are_validated_each_named_by_position()
    {
        var (choices, _, errors) = ConsentRules.Validate(
            new ConsentChangeRequest(
                [
                    new ConsentChoice(Channel.Sms, ConsentPurpose.Marketing, true),
                    new ConsentChoice(Channel.Sms, null, true),
                    new ConsentChoice(Channel.Sms, ConsentPurpose.Marketing, false),
                ],
                "Front Desk!"),
            "app");

        Assert.Single(choices);
        Assert.Equal(["consents[1]", "consents[2]", "source"], errors.Keys.Order());
    }

    [Fact]
    public void An_empty_request_is_refused_and_the_source_defaults_to_the_callers()
    {
        var (_, source, errors) = ConsentRules.Validate(new ConsentChangeRequest(null, null), "front-desk");

        Assert.Equal("front-desk", source);
        Assert.Equal(["consents"], errors.Keys);
    }

    [Fact]
    public void Only_first_decisions_and_reversals_are_recorded()
    {
        var current = new[]
        {
            ConsentRecord.Decide(Member, Channel.Sms, ConsentPurpose.Marketing, true, "app", default),
            ConsentRecord.Decide(Member, Channel.Email, ConsentPurpose.Marketing, true, "app", default),
        };

        var changes = ConsentRules.Changes(
            Member,
            current,
            [
                (Channel.Sms, ConsentPurpose.Marketing, true),
                (Channel.Email, ConsentPurpose.Marketing, false),
                (Channel.Push, ConsentPurpose.Transactional, false),
            ],
            "front-desk",
            DateTimeOffset.UnixEpoch).ToList();

        Assert.Equal(
            [(Channel.Email, ConsentPurpose.Marketing, false), (Channel.Push, ConsentPurpose.Transactional, false)],
            changes.Select(c => (c.Event.Channel, c.Event.Purpose, c.Event.Granted)));
        Assert.All(changes, c => Assert.Equal(("front-desk", Member), (c.Record.Source, c.Event.MemberId)));
    }

    [Fact]
    public void There_are_twelve_channel_purpose_pairs() =>
        Assert.Equal(12, ConsentRules.All.Distinct().Count()); // 4 channels × Marketing, Transactional, Feedback
}
