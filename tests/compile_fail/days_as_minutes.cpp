// A duration does not convert implicitly to another unit.
// expect: conversion from .*duration<86400>.* to non-scalar type|no viable conversion from
#include <knotguide/knotguide.hpp>

#ifdef KNOTGUIDE_COMPILE_FAIL_CONTROL
inline knotguide::minutes m = knotguide::convert<knotguide::minutes>(knotguide::days{1}).value();
#else
inline knotguide::minutes m = knotguide::days{1};
#endif
