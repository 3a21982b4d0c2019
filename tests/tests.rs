//! One integration-test binary (faster to link): the CLI end to end, property
//! tests of validators and of the engine, and quality guards on the fixtures.

mod cli;
mod fixtures;
mod formats;
mod props;
