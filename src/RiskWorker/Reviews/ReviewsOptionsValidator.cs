using Microsoft.Extensions.Options;

namespace RiskWorker.Reviews;

/// <summary>Generated validation of <see cref="ReviewsOptions"/>; the checks themselves are in <see cref="ReviewBodyChecks"/>.</summary>
[OptionsValidator]
internal sealed partial class ReviewsOptionsValidator : IValidateOptions<ReviewsOptions>;
