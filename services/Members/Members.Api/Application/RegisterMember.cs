using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Front-desk registration: the validated member with a fresh referral code, optionally referred by the member whose
/// code she gives, and MemberRegistered. A phone can be registered once.
/// </summary>
public sealed partial class RegisterMember(
    MembersDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider, ILogger<RegisterMember> logger)
{
    public abstract record Outcome
    {
        public sealed record Registered(Member Member) : Outcome;

        public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;

        public sealed record PhoneTaken : Outcome;
    }

    private static Outcome PhoneTaken { get; } = new Outcome.PhoneTaken();

    public async Task<Outcome> HandleAsync(MemberRegistration registration, CancellationToken cancellationToken)
    {
        var (valid, errors) = MemberRegistrationRules.Validate(registration, ClinicTime.Today(timeProvider));
        if (valid is null)
        {
            return new Outcome.Invalid(errors);
        }

        // Another registration with this phone may commit between the check and the insert: the index answers then.
        Repeat<Outcome> phoneTaken = new(MemberConfiguration.PhoneIndex, _ => Task.FromResult(PhoneTaken));
        var outcome = await db.RunAsync(ct => RegisterAsync(valid, ct), [phoneTaken], cancellationToken);
        if (outcome is Outcome.Registered { Member: var member })
        {
            LogRegistered(logger, member.Id, valid.Phone.Masked, member.HomeStoreId);
        }

        return outcome;
    }

    private async Task<Outcome> RegisterAsync(ValidatedRegistration valid, CancellationToken cancellationToken)
    {
        if (await db.Members.AnyAsync(m => m.Phone == valid.Phone.Value, cancellationToken))
        {
            return PhoneTaken;
        }

        Guid? referrerId = null;
        if (valid.ReferralCode is not null)
        {
            // An erased member's code stays reserved (unique) but refers nobody.
            referrerId = await db.Members.Where(m => m.ReferralCode == valid.ReferralCode && m.ErasedAt == null)
                .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
            if (referrerId is null)
            {
                return new Outcome.Invalid(new() { ["referralCode"] = ["No member has this referral code."] });
            }
        }

        var code = await NewReferralCodeAsync(cancellationToken);
        var member = Member.Register(valid, referrerId, code, timeProvider.GetUtcNow());
        db.Members.Add(member);
        outbox.Add(member.ToRegisteredEvent());
        return new Outcome.Registered(member);
    }

    private async Task<string> NewReferralCodeAsync(CancellationToken cancellationToken)
    {
        // 31^8 codes: a clash is rare, but a unique index would turn one into a failed registration.
        while (true)
        {
            var code = ReferralCode.New();
            if (!await db.Members.AnyAsync(m => m.ReferralCode == code, cancellationToken))
            {
                return code;
            }
        }
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Member {MemberId} registered (phone {MaskedPhone}) at store {StoreId}")]
    private static partial void LogRegistered(ILogger logger, Guid memberId, string maskedPhone, string storeId);
}
