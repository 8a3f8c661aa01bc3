using Loyalty.Members.Api.Domain.Privacy;

namespace Loyalty.Members.Api.Application;

/// <summary>How an admin's decision on an erasure request (<see cref="ConfirmErasure"/>, <see cref="DeclineErasure"/>) ends.</summary>
public abstract record DecisionOutcome
{
    public sealed record Decided(DataRequest Request) : DecisionOutcome;

    /// <summary>Not an erasure, or not awaiting confirmation: why.</summary>
    public sealed record Refused(string Why) : DecisionOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : DecisionOutcome;

    public sealed record NotFound : DecisionOutcome;

    /// <summary>A decision needs a reason (the evidence of why), at most the request's limit.</summary>
    public static Invalid? ReasonErrors(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? new Invalid(new() { ["reason"] = ["A reason is required."] })
        : reason.Trim().Length > RequestMemberData.MaxReasonLength
            ? new Invalid(new() { ["reason"] = [$"Reason is at most {RequestMemberData.MaxReasonLength} characters."] })
        : null;
}
