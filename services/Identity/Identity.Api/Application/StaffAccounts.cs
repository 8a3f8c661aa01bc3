using Loyalty.BuildingBlocks.Auditing;
using Loyalty.Identity.Api.Domain.Staff;
using Microsoft.AspNetCore.Identity;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// What an admin does to staff accounts: create one, change its roles and stores, disable or enable it.
/// </summary>
public sealed class StaffAccounts(UserManager<StaffMember> users, IAuditTrail audit, TimeProvider timeProvider)
{
    public async Task<StaffOutcome> CreateAsync(
        string userName,
        string displayName,
        string password,
        IReadOnlyList<string> roles,
        IReadOnlyList<string> storeIds)
    {
        if (StaffRoles.Validate(roles, storeIds) is { Count: > 0 } errors)
        {
            return new StaffOutcome.Invalid(errors);
        }

        var staff = StaffMember.Create(userName.Trim(), displayName.Trim(), roles, storeIds, timeProvider.GetUtcNow());
        // Staged first: the store's SaveChanges writes the entry with the account.
        audit.Record(staff, AuditActions.Created);
        var created = await users.CreateAsync(staff, password);
        if (created.Succeeded)
        {
            return new StaffOutcome.Done(staff);
        }

        return created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
            ? new StaffOutcome.Taken()
            : new StaffOutcome.Invalid(IdentityErrors(created));
    }

    public Task<StaffOutcome> ChangeAccessAsync(Guid id, IReadOnlyList<string> roles, IReadOnlyList<string> storeIds) =>
        StaffRoles.Validate(roles, storeIds) is { Count: > 0 } errors
            ? Task.FromResult<StaffOutcome>(new StaffOutcome.Invalid(errors))
            : ChangeAsync(id, AuditActions.AccessChanged, staff => staff.ChangeAccess(roles, storeIds));

    public Task<StaffOutcome> DisableAsync(Guid id) =>
        ChangeAsync(id, AuditActions.Disabled, staff => staff.Disable(timeProvider.GetUtcNow()));

    public Task<StaffOutcome> EnableAsync(Guid id) => ChangeAsync(id, AuditActions.Enabled, staff => staff.Enable());

    private async Task<StaffOutcome> ChangeAsync(Guid id, string action, Action<StaffMember> change)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } staff)
        {
            return new StaffOutcome.NotFound();
        }

        change(staff);
        audit.Record(staff, action);
        // A new security stamp: refresh tokens issued before the change are re-checked against the account as it is.
        await users.UpdateSecurityStampAsync(staff);
        return new StaffOutcome.Done(staff);
    }

    /// <summary>ASP.NET Core Identity's password and user-name rules, by the request field they are about.</summary>
    private static Dictionary<string, string[]> IdentityErrors(IdentityResult result) =>
        result.Errors
            .GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}

public abstract record StaffOutcome
{
    public sealed record Done(StaffMember Staff) : StaffOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : StaffOutcome;

    public sealed record Taken : StaffOutcome;

    public sealed record NotFound : StaffOutcome;
}
