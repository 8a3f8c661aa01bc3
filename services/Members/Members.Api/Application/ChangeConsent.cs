using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Consents;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Records a member's consent decisions that change something (a first decision or a reversal), each with its time
/// and source, and MemberConsentChanged for each, under the member row lock.
/// </summary>
public sealed class ChangeConsent(
    MembersDbContext db, IIntegrationEventOutbox outbox, IAuditTrail audit, TimeProvider timeProvider)
{
    public abstract record Outcome
    {
        /// <summary>
        /// The latest decision per channel and purpose after the change (those never decided are absent).
        /// </summary>
        public sealed record Changed(IReadOnlyList<ConsentRecord> Latest) : Outcome;

        public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;

        public sealed record NotFound : Outcome;
    }

    /// <param name="byTheMember">The member decides herself (in the app), not staff for her.</param>
    public async Task<Outcome> HandleAsync(
        Guid memberId, ConsentChangeRequest request, bool byTheMember, CancellationToken cancellationToken)
    {
        var (choices, source, errors) = ConsentRules.Validate(request, ConsentRules.DefaultSource(byTheMember));
        if (errors.Count > 0)
        {
            return new Outcome.Invalid(errors);
        }

        return await db.RunAsync<Outcome>(async ct =>
        {
            // The member row is the lock: two changes at once cannot both think they are the first decision.
            if (await db.LockMemberAsync(memberId, ct) is null)
            {
                return new Outcome.NotFound();
            }

            var latest = await db.LatestConsentsAsync(memberId, ct);
            var changes = ConsentRules.Changes(memberId, latest, choices, source, timeProvider.GetUtcNow()).ToList();
            foreach (var (record, changed) in changes)
            {
                db.Consents.Add(record);
                outbox.Add(changed);
                // A member's own decision is hers to make; staff deciding for her is what the trail is for.
                if (!byTheMember)
                {
                    audit.Record(record, AuditActions.Changed);
                }
            }

            // What was just recorded wins over what was there: no need to read it all back.
            return new Outcome.Changed(ConsentRecord.LatestOf([.. changes.Select(c => c.Record), .. latest]));
        }, cancellationToken);
    }
}
