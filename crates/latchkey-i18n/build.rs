fn main() {
    // The Fluent files are compiled in by include_dir!, which cargo cannot see: rebuild when any
    // of them changes.
    println!("cargo:rerun-if-changed=../../locales");
}
