using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>Replaces a member's editable profile; MemberProfileUpdated only when something changed.</summary>
public sealed class EditProfile(MembersDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider)
{
    public abstract record Outcome
    {
        /// <summary>The member as she is now, changed or not.</summary>
        public sealed record Edited(Member Member) : Outcome;

        public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;

        public sealed record NotFound : Outcome;
    }

    public async Task<Outcome> HandleAsync(Guid memberId, MemberProfileEdit edit, CancellationToken cancellationToken)
    {
        var (profile, errors) = MemberProfileRules.Validate(edit, ClinicTime.Today(timeProvider));
        if (profile is null)
        {
            return new Outcome.Invalid(errors);
        }

        return await db.RunAsync<Outcome>(async ct =>
        {
            if (await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, ct) is not { IsErased: false } member)
            {
                return new Outcome.NotFound();
            }

            if (member.UpdateProfile(profile, timeProvider.GetUtcNow()) is { } updated)
            {
                outbox.Add(updated);
            }

            return new Outcome.Edited(member);
        }, cancellationToken);
    }
}
