// How many times the program has called operator new: the replaced allocation functions in
// allocation_counter.cpp count every call.
#ifndef KNOTGUIDE_BENCHMARKS_ALLOCATION_COUNTER_HPP
#define KNOTGUIDE_BENCHMARKS_ALLOCATION_COUNTER_HPP

long allocation_count() noexcept;

#endif  // KNOTGUIDE_BENCHMARKS_ALLOCATION_COUNTER_HPP
