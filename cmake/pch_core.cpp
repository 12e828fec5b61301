// Compiled only so that the precompiled core headers have a target of their own
// (cmake/LookupLensTarget.cmake, lookuplens_core_pch).
